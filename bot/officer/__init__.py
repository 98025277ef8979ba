"""The officer pages: accounts, sign-in, and a dashboard of anonymous counts."""

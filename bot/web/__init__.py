"""The anonymous web chat served at `/`."""

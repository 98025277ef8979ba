"""HTTP plumbing shared by every route: bounded JSON, body limits and timeouts, client addresses
behind trusted proxies, one log line per failed request."""

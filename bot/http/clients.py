"""Who is asking: the client address, believing `X-Forwarded-For` only from configured proxies.

Behind a reverse proxy every request comes from the proxy's address, and the real client is in
`X-Forwarded-For`. But anyone can send that header: believed from everyone (or, as uvicorn does by
default, from any client on loopback), it lets one client pose as a thousand and walk around every
per-client limit. So the header is read only when the connection comes from an address in
`[server] trusted_proxies` (addresses or networks), right to left, skipping the proxies
themselves: the first address a trusted proxy did not add itself is the client.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """Addresses or CIDR networks; raises ValueError naming the first bad one."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError:
            raise ValueError(f'"{value}" is not an IP address or network') from None
    return tuple(networks)


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    text = text.strip()
    if text.startswith("[") and "]" in text:          # [v6]:port
        text = text[1:text.index("]")]
    elif text.count(":") == 1:                         # v4:port
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def trusted(address: str, proxies: tuple[Network, ...]) -> bool:
    ip = _ip(address)
    return ip is not None and any(ip in net for net in proxies)


def resolve_client(peer: str, forwarded: str | None, proxies: tuple[Network, ...]) -> str:
    """The client address of a request whose TCP peer is `peer`."""
    if not proxies or not forwarded or not trusted(peer, proxies):
        return peer
    hops = [h.strip() for h in forwarded.split(",")[-32:] if h.strip()]
    for hop in reversed(hops):
        ip = _ip(hop)
        if ip is None:
            return peer        # a garbled header says nothing reliable
        if not any(ip in net for net in proxies):
            return str(ip)
    return str(_ip(hops[0])) if hops else peer


def client_key(address: str) -> str:
    """What per-client limits count by: the address, or for IPv6 its /64 (one subscriber's
    network; an attacker has billions of addresses inside it)."""
    ip = _ip(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip) if ip is not None else address


class TrustedProxies:
    """Pure ASGI middleware: rewrite `scope["client"]` (and the scheme, from
    `X-Forwarded-Proto`) only for connections from a trusted proxy. uvicorn's own proxy-header
    handling is off (`companion serve` passes proxy_headers=False), so this is the one place."""

    def __init__(self, app: ASGIApp, proxies: tuple[Network, ...] = ()):
        self.app = app
        self.proxies = proxies

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and self.proxies:
            client: Any = scope.get("client")
            peer = client[0] if client else ""
            if trusted(peer, self.proxies):
                headers = dict(scope.get("headers") or [])
                forwarded = headers.get(b"x-forwarded-for", b"").decode("latin-1")
                address = resolve_client(peer, forwarded, self.proxies)
                scope = dict(scope)
                scope["client"] = (address, 0)
                proto = headers.get(b"x-forwarded-proto", b"").decode("latin-1").strip().lower()
                if proto in ("http", "https"):
                    scope["scheme"] = proto if scope["type"] == "http" else (
                        "wss" if proto == "https" else "ws")
        await self.app(scope, receive, send)

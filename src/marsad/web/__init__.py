"""The Arabic, right-to-left web pages of `marsad serve` (server-rendered, no build step)."""

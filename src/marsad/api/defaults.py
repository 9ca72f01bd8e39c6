"""The server's limits by default (read by `marsad serve`'s options without loading the server)."""

DEFAULT_MAX_BODY = 2_000_000         # an article of 1 MB (the analysis limit) with JSON escaping to spare
DEFAULT_RATE = 5.0                   # requests a second, per client, on average
DEFAULT_BURST = 60

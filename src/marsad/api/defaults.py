"""The server's limits by default (read by `marsad serve`'s options without loading the server)."""

DEFAULT_MAX_BODY = 2_000_000         # an article of 1 MB (the analysis limit) with JSON escaping to spare
DEFAULT_RATE = 5.0                   # requests a second, per client, on average
DEFAULT_BURST = 60
DEFAULT_WORKERS = 3                  # analysis processes: two heavy articles in flight still leave one
DEFAULT_TIME_LIMIT = 60.0            # seconds an analysis may take (a 1 MB article takes well under that)
DEFAULT_HEADER_TIMEOUT = 10.0        # seconds for a request's line and headers to arrive
DEFAULT_BODY_TIMEOUT = 30.0          # seconds for its body
DEFAULT_MAX_PER_CLIENT = 20          # open connections per client address

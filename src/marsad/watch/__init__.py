"""Following outlets: the state of fetched URLs and watched sources in the corpus database,
harvesting listed links into stored articles (`harvest`), and the `marsad watch` poller (`poller`)."""

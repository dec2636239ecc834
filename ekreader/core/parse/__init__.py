"""Parse: bytes to models, no network. Feeds (RSS, Atom, JSON Feed), OPML, feed discovery."""

"""URL handling: urllib.parse (the parts of urllib pyvm ships)."""

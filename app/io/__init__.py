"""Files in and out: plates, chapters, locations. Imports no Qt."""

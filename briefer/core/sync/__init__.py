"""Fresh programme data: the Briefer feed, schedule formats, fetching and applying."""

"""Stories: articles about one event across feeds, and the same article carried twice."""

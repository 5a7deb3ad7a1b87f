"""Letters: FOI requests and follow-ups from templates, with law, deadlines, checks and send formats."""

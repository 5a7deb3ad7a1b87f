"""Drafts: saved atomically as TOML, one file each, and tracked from sending to reply, review and complaint."""

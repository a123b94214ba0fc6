"""Optional grammar packs: rules a particular kind of text needs and the archive does not."""

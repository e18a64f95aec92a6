-- Issue 9, the community library: resources shared with the community of practice have the visibility COMMUNITY
-- (the column takes it as it is). They keep the collaborative they come from, and a copy of an archived resource its
-- original in copied_from. The community library lists them newest first.
CREATE INDEX ix_library_resource_visibility ON library_resource (visibility, deleted_at, updated_at);

-- Issue 9 review: nobody is listed in the community's directory without choosing it. Alumni become members by their
-- history, not by a choice, so a new entry starts unlisted; joining the community or saving an entry lists a person.
-- Existing entries keep what they are (each was made by its person joining or saving).
ALTER TABLE community_profile ALTER COLUMN listed SET DEFAULT FALSE;

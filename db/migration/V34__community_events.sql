-- The community's office hours are calendar events now (audience COMMUNITY, decision 0039; calendar_event.audience is
-- a VARCHAR(16), so no column changes). The "Office hours" discussion category stays for questions about them and for
-- asking for one; its description says where the sessions themselves are.
UPDATE discussion_category c
JOIN discussion_space s ON s.id = c.space_id
SET c.description = 'Ask for a session, or ask before and after one. The sessions themselves are under Upcoming sessions on the community page.'
WHERE s.kind = 'COMMUNITY' AND c.kind = 'CHALLENGES' AND c.name = 'Office hours';

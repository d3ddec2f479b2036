-- Career steps whose two roles come from different family migrations: written here, once every role exists.
-- Each link names the source that says people move that way (see docs/content-coverage/).
insert into role_link (role_id, other_role_id, kind, position, source_id) values
    (7, 20, 'next_step', 1, 163),  -- technical support specialists may move on to programming or software engineering
    (9, 10, 'next_step', 1, 186),  -- 销售代表 → … → 销售主管 → 销售经理
    (21, 23, 'next_step', 1, 326); -- most HR managers first work as interviewers, compensation specialists or trainers

update content_revision set revision = revision + 1, changed_at = current_timestamp where id = 1;

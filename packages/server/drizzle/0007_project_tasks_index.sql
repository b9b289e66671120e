-- 项目待办 reads one project's open or closed steps (closed newest first); before this index it scanned
-- every project's tasks. Index only.
CREATE INDEX `tasks_project_status_idx` ON `tasks` (`project_id`,`status`,`closed_at`);
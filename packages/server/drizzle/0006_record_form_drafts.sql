-- Record-form drafts 草稿 (登记记录): what a user typed before logging a record of a form, per user, project
-- and form key; the same shape as start_form_drafts. New table only.
CREATE TABLE `record_form_drafts` (
	`user_id` text NOT NULL,
	`project_id` text NOT NULL,
	`form_key` text NOT NULL,
	`data` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `project_id`, `form_key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);

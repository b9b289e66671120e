-- 流水号: the last automatic number given per project, form, field and date part. New table only.
CREATE TABLE `auto_numbers` (
	`project_id` text NOT NULL,
	`form_key` text NOT NULL,
	`path` text NOT NULL,
	`period` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`project_id`, `form_key`, `path`, `period`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);

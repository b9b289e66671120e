CREATE TABLE IF NOT EXISTS `external_links` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`task_id` text NOT NULL,
	`instance_id` text NOT NULL,
	`issued_by` text NOT NULL,
	`contact_name` text NOT NULL,
	`contact` text,
	`fields` text NOT NULL,
	`preset` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `external_links_task_idx` ON `external_links` (`task_id`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `external_link_uses` (
	`link_id` text PRIMARY KEY NOT NULL,
	`used_at` integer NOT NULL,
	`data` text NOT NULL,
	`note` text,
	FOREIGN KEY (`link_id`) REFERENCES `external_links`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `external_link_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`secret` text NOT NULL,
	`created_at` integer NOT NULL
);

CREATE TABLE IF NOT EXISTS `saved_views` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`form_key` text NOT NULL,
	`name` text NOT NULL,
	`owner_id` text NOT NULL,
	`shared` integer DEFAULT false NOT NULL,
	`spec` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `saved_views_project_form_idx` ON `saved_views` (`project_id`,`form_key`,`owner_id`);

--> statement-breakpoint
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

--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `comm_logs` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`external_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`customer_name` text,
	`consultant` text,
	`channel` text,
	`from_party` text NOT NULL,
	`text` text NOT NULL,
	`at` integer NOT NULL,
	`source` text NOT NULL,
	`score` real NOT NULL,
	`hits` text NOT NULL,
	`window_index` real NOT NULL,
	`alerts` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `comm_logs_external_uq` ON `comm_logs` (`project_id`,`external_id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `comm_logs_customer_idx` ON `comm_logs` (`project_id`,`customer_id`,`at`);

--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `rule_firings` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`rule_key` text NOT NULL,
	`rule_version` integer NOT NULL,
	`subject_id` text NOT NULL,
	`window_key` text NOT NULL,
	`trigger` text NOT NULL,
	`actor_id` text,
	`actions` text NOT NULL,
	`fired_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `rule_firings_uq` ON `rule_firings` (`project_id`,`rule_key`,`subject_id`,`window_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `rule_firings_subject_idx` ON `rule_firings` (`subject_id`,`fired_at`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `rule_schedule` (
	`project_id` text NOT NULL,
	`rule_key` text NOT NULL,
	`rule_version` integer NOT NULL,
	`next_at` integer,
	`last_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `rule_schedule_uq` ON `rule_schedule` (`project_id`,`rule_key`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `rule_schedule_next_idx` ON `rule_schedule` (`next_at`);

--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `document_templates` (
	`project_id` text NOT NULL,
	`document_key` text NOT NULL,
	`bytes` blob NOT NULL,
	`uploaded_by` text NOT NULL,
	`uploaded_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `document_key`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `document_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`record_id` text NOT NULL,
	`idempotency_key` text,
	`document_key` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`bytes` blob NOT NULL,
	`reason` text NOT NULL,
	`generated_by` text NOT NULL,
	`masked_kinds` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS `document_attachments_key_uq` ON `document_attachments` (`project_id`,`record_id`,`idempotency_key`,`document_key`);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS `report_archive` (
	`project_id` text NOT NULL,
	`month` text NOT NULL,
	`report_json` text NOT NULL,
	`xlsx` blob NOT NULL,
	`docx` blob NOT NULL,
	`generated_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `month`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);

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

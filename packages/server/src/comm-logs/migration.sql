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

CREATE TABLE `seller_profiles` (
	`project_id` text PRIMARY KEY NOT NULL,
	`seller_name` text NOT NULL,
	`seller_credit_code` text NOT NULL,
	`seller_address` text NOT NULL,
	`seller_representative` text NOT NULL,
	`refund_days` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `start_form_drafts` (
	`user_id` text NOT NULL,
	`project_id` text NOT NULL,
	`flow_key` text NOT NULL,
	`data` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `project_id`, `flow_key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);

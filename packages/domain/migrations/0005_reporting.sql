CREATE TABLE `report_run_items` (
	`run_id` text NOT NULL,
	`org_unit_id` text NOT NULL,
	`status` text NOT NULL,
	`periods` text NOT NULL,
	`attempts` integer NOT NULL,
	`error` text,
	`at` text NOT NULL,
	PRIMARY KEY(`run_id`, `org_unit_id`),
	FOREIGN KEY (`run_id`) REFERENCES `report_runs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "report_run_items_attempts" CHECK(attempts >= 1)
);
--> statement-breakpoint
CREATE TABLE `report_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`trigger` text NOT NULL,
	`cron` text,
	`periods` text NOT NULL,
	`units_queued` integer NOT NULL,
	`requested_by` text,
	`started_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_runs_started_idx` ON `report_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `report_snapshots` (
	`org_unit_id` text NOT NULL,
	`period` text NOT NULL,
	`period_kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`path` text NOT NULL,
	`report` text NOT NULL,
	`generated_at` text NOT NULL,
	`run_id` text NOT NULL,
	PRIMARY KEY(`org_unit_id`, `period`),
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_snapshots_path_idx` ON `report_snapshots` (`path`,`period`);--> statement-breakpoint
CREATE TABLE `report_unit_facts` (
	`org_unit_id` text NOT NULL,
	`period` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`facts` text NOT NULL,
	`computed_at` text NOT NULL,
	PRIMARY KEY(`org_unit_id`, `period`),
	FOREIGN KEY (`org_unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_unit_facts_period_idx` ON `report_unit_facts` (`period`);
CREATE TABLE `fee_months` (
	`club_id` text NOT NULL,
	`person_id` text NOT NULL,
	`month` text NOT NULL,
	`entry_id` text NOT NULL,
	`amount` integer NOT NULL,
	PRIMARY KEY(`club_id`, `person_id`, `month`),
	FOREIGN KEY (`entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `fee_months_entry_idx` ON `fee_months` (`entry_id`);--> statement-breakpoint
CREATE TABLE `fee_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`effective_from` text NOT NULL,
	`monthly_amount` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fee_rates_positive" CHECK(monthly_amount > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fee_rates_club_month` ON `fee_rates` (`club_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `fund_balances` (
	`club_id` text NOT NULL,
	`fund` text NOT NULL,
	`cash` integer NOT NULL,
	PRIMARY KEY(`club_id`, `fund`),
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fund_cash_not_negative" CHECK(cash >= 0)
);
--> statement-breakpoint
CREATE TABLE `journal_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`kind` text NOT NULL,
	`on_date` text NOT NULL,
	`memo` text,
	`source` text,
	`person_id` text,
	`loan_id` text,
	`reverses_id` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `journal_entries_club_idx` ON `journal_entries` (`club_id`,`on_date`);--> statement-breakpoint
CREATE INDEX `journal_entries_person_idx` ON `journal_entries` (`person_id`);--> statement-breakpoint
CREATE INDEX `journal_entries_loan_idx` ON `journal_entries` (`loan_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `journal_entries_one_reversal` ON `journal_entries` (`reverses_id`) WHERE reverses_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `journal_lines` (
	`entry_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`club_id` text NOT NULL,
	`account` text NOT NULL,
	`side` text NOT NULL,
	`amount` integer NOT NULL,
	PRIMARY KEY(`entry_id`, `line_no`),
	FOREIGN KEY (`entry_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "journal_lines_positive" CHECK(amount > 0 AND amount <= 9007199254740991),
	CONSTRAINT "journal_lines_side" CHECK(side IN ('debit', 'credit'))
);
--> statement-breakpoint
CREATE INDEX `journal_lines_club_account_idx` ON `journal_lines` (`club_id`,`account`);--> statement-breakpoint
CREATE TABLE `loan_repayments` (
	`id` text PRIMARY KEY NOT NULL,
	`loan_id` text NOT NULL,
	`club_id` text NOT NULL,
	`entry_id` text NOT NULL,
	`paid_on` text NOT NULL,
	`amount` integer NOT NULL,
	`principal` integer NOT NULL,
	`interest` integer NOT NULL,
	`allocations` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`loan_id`) REFERENCES `loans`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loan_repayments_split" CHECK(amount > 0 AND principal >= 0 AND interest >= 0 AND principal + interest = amount)
);
--> statement-breakpoint
CREATE INDEX `loan_repayments_loan_idx` ON `loan_repayments` (`loan_id`,`paid_on`);--> statement-breakpoint
CREATE INDEX `loan_repayments_club_idx` ON `loan_repayments` (`club_id`,`paid_on`);--> statement-breakpoint
CREATE TABLE `loan_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`effective_from` text NOT NULL,
	`min_amount` integer NOT NULL,
	`max_amount` integer NOT NULL,
	`term_months` integer NOT NULL,
	`monthly_rate_bp` integer NOT NULL,
	`method` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loan_terms_amounts" CHECK(min_amount > 0 AND max_amount >= min_amount)
);
--> statement-breakpoint
CREATE INDEX `loan_terms_club_idx` ON `loan_terms` (`club_id`,`effective_from`);--> statement-breakpoint
CREATE TABLE `loans` (
	`id` text PRIMARY KEY NOT NULL,
	`club_id` text NOT NULL,
	`person_id` text NOT NULL,
	`principal` integer NOT NULL,
	`term_months` integer NOT NULL,
	`monthly_rate_bp` integer NOT NULL,
	`method` text NOT NULL,
	`purpose` text NOT NULL,
	`purpose_note` text,
	`status` text NOT NULL,
	`applied_on` text NOT NULL,
	`applied_by` text NOT NULL,
	`approved_on` text,
	`approved_by` text,
	`disbursed_on` text,
	`poverty_status_at_disbursement` text,
	`schedule` text,
	`owed` integer DEFAULT 0 NOT NULL,
	`closed_on` text,
	`written_off_on` text,
	`write_off_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`club_id`) REFERENCES `clubs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "loans_version" CHECK(version >= 0),
	CONSTRAINT "loans_owed_not_negative" CHECK(owed >= 0),
	CONSTRAINT "loans_maker_checker" CHECK(approved_by IS NULL OR approved_by <> applied_by),
	CONSTRAINT "loans_principal" CHECK(principal > 0)
);
--> statement-breakpoint
CREATE INDEX `loans_club_idx` ON `loans` (`club_id`,`status`);--> statement-breakpoint
CREATE INDEX `loans_person_idx` ON `loans` (`person_id`);
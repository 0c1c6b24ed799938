import * as z from "zod";
import { factDate, idOf, isoDate, optionalText, pageQuery, requiredText } from "./common";

export const meetingView = z
  .object({
    id: z.string(),
    clubId: z.string(),
    heldOn: isoDate,
    topic: z.string(),
    notes: z.string().nullable(),
    attendees: z.number().int(),
  })
  .meta({ id: "Meeting" });

/** A page of a club's meetings, optionally only those held from `from` to `to` (both days included). */
export const meetingListQuery = pageQuery
  .extend({
    from: isoDate.optional().meta({ description: "Only meetings held on or after this date" }),
    to: isoDate.optional().meta({ description: "Only meetings held on or before this date" }),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to >= q.from, {
    path: ["to"],
    message: "must not be before from",
  });

export const meetingDetailView = meetingView
  .extend({
    attendance: z.array(z.object({ personId: z.string(), fullName: z.string() })),
  })
  .meta({ id: "MeetingDetail" });

export const createMeetingRequest = z
  .strictObject({
    heldOn: factDate,
    topic: requiredText(300).meta({ example: "Sinh hoạt định kỳ: phòng chống tăng huyết áp" }),
    notes: optionalText(4000, { multiline: true }),
    attendeeIds: z
      .array(idOf("person"))
      .max(500)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, "lists a person twice"),
  })
  .meta({ id: "CreateMeetingRequest" });

export const healthCheckInput = z
  .strictObject({
    personId: idOf("person"),
    systolic: z.number().int().min(50).max(260).nullish(),
    diastolic: z.number().int().min(30).max(160).nullish(),
    weightKg: z.number().min(20).max(200).nullish(),
  })
  .refine((c) => (c.systolic == null) === (c.diastolic == null), {
    path: ["diastolic"],
    message: "blood pressure needs both systolic and diastolic",
  })
  .refine((c) => c.systolic == null || c.diastolic == null || c.systolic > c.diastolic, {
    path: ["systolic"],
    message: "must be higher than diastolic",
  })
  .refine((c) => c.systolic != null || c.weightKg != null, {
    path: ["systolic"],
    message: "record blood pressure, weight, or both",
  });

export const recordHealthChecksRequest = z
  .strictObject({
    checks: z
      .array(healthCheckInput)
      .min(1)
      .max(500)
      .refine(
        (checks) => new Set(checks.map((c) => c.personId)).size === checks.length,
        "lists a person twice",
      ),
  })
  .meta({ id: "RecordHealthChecksRequest" });

export const healthCheckView = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    personId: z.string(),
    fullName: z.string(),
    systolic: z.number().int().nullable(),
    diastolic: z.number().int().nullable(),
    weightKg: z.number().nullable(),
  })
  .meta({ id: "HealthCheck" });

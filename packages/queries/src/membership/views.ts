import type { AccessClaims, PersonView } from "@ishc/domain/contracts";
import type { people } from "@ishc/domain/schema";
import { seesPersonalData } from "@ishc/edge-kit";

type PersonRow = typeof people.$inferSelect;

/** A person as the caller may see them: viewers get no poverty status or phone. */
export function personView(row: PersonRow, user: AccessClaims): PersonView {
  const personal = seesPersonalData(user);
  return {
    id: row.id,
    orgUnitId: row.orgUnitId,
    fullName: row.fullName,
    sex: row.sex,
    birthDate: row.birthDate,
    birthYear: row.birthYear,
    ethnicity: row.ethnicity,
    povertyStatus: personal ? row.povertyStatus : null,
    povertyCertifiedYear: personal ? row.povertyCertifiedYear : null,
    livesAlone: row.livesAlone,
    phone: personal ? row.phone : null,
  };
}

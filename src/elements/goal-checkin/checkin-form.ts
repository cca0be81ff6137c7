/**
 * The new check-in form as plain data, and the record it becomes. Validation is core's
 * (`validateCheckIn`), so the messages beside the fields are the ones every adapter gives.
 * Only the form uses this, so it loads with the form (`checkin-editor.ts`), validation and all.
 */
import type { FieldProblem } from '../../core/errors.js';
import { validateCheckIn } from '../../core/validation.js';
import type { CheckIn, Draft, Id, IsoDate } from '../../core/types.js';
import type { Confidence } from './confidence.js';

export interface CheckInFormState {
  note: string;
  /** Unset until someone chooses: confidence is asked, never assumed. */
  confidence?: Confidence;
  blockers: string;
  commitment: string;
  commitmentDueOn: string;
  nextDueOn: string;
}

export function emptyCheckInForm(nextDueOn: IsoDate): CheckInFormState {
  return { note: '', blockers: '', commitment: '', commitmentDueOn: '', nextDueOn };
}

export interface CheckInAuthoring {
  personId: Id;
  goalId?: Id;
  authorId: Id;
  today: IsoDate;
  /** Only the rep's manager records a commitment; a rep's check-in carries none. */
  byManager: boolean;
}

/** The check-in the form describes, and every problem with it. */
export function checkInFromForm(form: CheckInFormState, authoring: CheckInAuthoring): { record: Draft<CheckIn>; problems: FieldProblem[] } {
  const commitment = authoring.byManager ? form.commitment.trim() : '';
  const record = {
    personId: authoring.personId,
    ...(authoring.goalId ? { goalId: authoring.goalId } : {}),
    authorId: authoring.authorId,
    date: authoring.today,
    note: form.note.trim(),
    // Left unset on purpose when nobody chose: validation then asks for it.
    ...(form.confidence !== undefined ? { confidence: form.confidence } : {}),
    blockers: form.blockers.trim(),
    commitment,
    ...(authoring.byManager && form.commitmentDueOn ? { commitmentDueOn: form.commitmentDueOn } : {}),
    nextDueOn: form.nextDueOn,
  } as Draft<CheckIn>;
  return { record, problems: validateCheckIn(record) };
}

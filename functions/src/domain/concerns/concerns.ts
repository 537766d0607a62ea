import {
  CONCERN_ASSIGNABLE_ROLES,
  CONCERN_CLOCK_RULES,
  CONCERN_LEVELS,
  CONCERN_LEVEL_LABELS,
  type AssignableStaffView,
  type CloseConcernInput,
  type ConcernFiguresView,
  type ConcernStatus,
  type FieldIssue,
  type OpenConcernBanner,
  type OpenConcernInput,
  type Page,
  type PressConferenceInput,
  type PublicConcernView,
  type ReassignConcernInput,
  type StaffConcernView,
} from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { Concern, StaffRef } from '../../ports/concern-store';
import type { StaffMember, StaffStore } from '../../ports/staff-store';
import { InvalidCursorError } from '../../ports/content-store';
import { StaleWriteError } from '../../ports/stale-write';
import { auditEntry } from '../audit/entry';
import { requireKnownOffice } from '../bureau/offices';
import type { StaffActor } from '../identity/actor';
import { nearestDeadline, outcomesAtClose } from './clocks';
import type { ConcernDeps, PublicConcernDeps } from './deps';
import { bannerView, publicConcernView, staffConcernView } from './views';

const CLOSED_PAGE = 20;
const CONCERN_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const NOT_FOUND = '该关切事项不存在';

async function loadConcern(deps: Pick<ConcernDeps, 'concerns'>, id: string): Promise<Concern> {
  const concern = await deps.concerns.get(id);
  if (!concern) throw new NotFoundError(NOT_FOUND);
  return concern;
}

function requireOpen(concern: Concern) {
  if (concern.status !== 'open') throw new AppError('CONFLICT', '该关切事项已办结');
}

const mayBeAssigned = (member: StaffMember | undefined) =>
  member?.status === 'active' &&
  member.roles.some((role) => (CONCERN_ASSIGNABLE_ROLES as readonly string[]).includes(role));

/**
 * Assignees are active staff who act on concerns (responders, reviewers: the 承办人 picker's
 * list); none given: the one who opens it.
 */
async function assigneesOf(
  deps: ConcernDeps,
  actor: StaffActor,
  ids: string[] | undefined,
): Promise<StaffRef[]> {
  if (!ids?.length) return [{ userId: actor.userId, name: actor.displayName }];
  const unique = [...new Set(ids)];
  const members = await Promise.all(unique.map((id) => deps.staff.get(id)));
  const issues: FieldIssue[] = unique.flatMap((id, i) =>
    mayBeAssigned(members[i])
      ? []
      : [{ field: `assignees.${ids.indexOf(id)}`, message: '承办人须为在岗的答复或审核人员' }],
  );
  if (issues.length) throw new ValidationError(issues);
  return members.map((member) => ({ userId: member!.userId, name: member!.displayName }));
}

/**
 * Who may be assigned to a concern: active responders and reviewers, by name. One Query of the
 * staff partition (data-model #8); only user id, name and roles leave it.
 */
export async function listAssignableStaff(deps: {
  staff: Pick<StaffStore, 'list'>;
}): Promise<AssignableStaffView[]> {
  const members = await deps.staff.list();
  return members
    .filter(mayBeAssigned)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'))
    .map((member) => ({ userId: member.userId, name: member.displayName, roles: member.roles }));
}

/** A write over what was read: someone else changed or closed it first (409, in words). */
async function saveOrExplain(
  deps: ConcernDeps,
  ...args: Parameters<ConcernDeps['concerns']['save']>
) {
  try {
    await deps.concerns.save(...args);
  } catch (error) {
    if (error instanceof StaleWriteError)
      throw new AppError('CONFLICT', '该关切事项刚被他人更新或办结，请刷新后重试');
    throw error;
  }
}

/** A responder or reviewer opens a concern; its clocks run from when it arose. */
export async function openConcern(
  deps: ConcernDeps,
  actor: StaffActor,
  input: OpenConcernInput,
): Promise<StaffConcernView> {
  const offices = await deps.offices();
  requireKnownOffice(offices, input.office);
  const assignees = await assigneesOf(deps, actor, input.assignees);
  const now = deps.clock.now();
  const concern: Concern = {
    id: deps.ids.next(),
    title: input.title,
    ...(input.summary && { summary: input.summary }),
    level: input.level,
    office: input.office,
    officeName: offices.find((office) => office.id === input.office)!.name,
    arisenAt: input.arisenAt,
    openedAt: now.toISOString(),
    openedBy: { userId: actor.userId, name: actor.displayName },
    assignees,
    status: 'open',
    entries: [],
    rev: 1,
  };
  await deps.concerns.open(
    concern,
    auditEntry(
      deps,
      actor,
      'concern.open',
      { itemType: 'concern', itemId: concern.id },
      `登记${CONCERN_LEVEL_LABELS[concern.level]}「${concern.title}」`,
    ),
  );
  // The banner shows open major concerns.
  if (concern.level === 'major') await deps.publicCache?.contentChanged();
  return staffConcernView(concern, now);
}

/** The press conference of a major concern: held (when, where to watch) or not held (why not). */
export async function recordPressConference(
  deps: ConcernDeps,
  actor: StaffActor,
  id: string,
  input: PressConferenceInput,
): Promise<StaffConcernView> {
  const before = await loadConcern(deps, id);
  requireOpen(before);
  if (!CONCERN_CLOCK_RULES[before.level].some((rule) => rule.clock === 'press_conference'))
    throw new AppError('CONFLICT', '只有重大突发事件需要登记新闻发布会');
  if (input.held && input.at && input.at < before.arisenAt)
    throw new ValidationError([{ field: 'at', message: '发布会时间不能早于事件发生时间' }]);
  const now = deps.clock.now();
  const after: Concern = {
    ...before,
    pressConference: {
      held: input.held,
      ...(input.held && input.at && { at: input.at }),
      ...(input.held && input.link && { link: input.link }),
      ...(input.note && { note: input.note }),
      recordedAt: now.toISOString(),
    },
    rev: before.rev + 1,
  };
  await saveOrExplain(
    deps,
    after,
    auditEntry(
      deps,
      actor,
      'concern.press_conference',
      { itemType: 'concern', itemId: id },
      input.held
        ? `「${before.title}」新闻发布会已召开`
        : `「${before.title}」未召开新闻发布会：${input.note ?? ''}`,
    ),
  );
  // Nothing residents read changed: the press conference is staff's record until the close.
  return staffConcernView(after, now);
}

/**
 * 调整承办人: the new list replaces the old. Reminders already made for a milestone went to the old
 * list and are not made again; the later milestones reach the new one (the reminder job reads the
 * assignees when it makes each). Conditional on the concern's rev, like the close: 409 when
 * someone changed or closed it first.
 */
export async function reassignConcern(
  deps: ConcernDeps,
  actor: StaffActor,
  id: string,
  input: ReassignConcernInput,
): Promise<StaffConcernView> {
  const before = await loadConcern(deps, id);
  requireOpen(before);
  const assignees = await assigneesOf(deps, actor, input.assignees);
  const after: Concern = { ...before, assignees, rev: before.rev + 1 };
  await saveOrExplain(
    deps,
    after,
    auditEntry(
      deps,
      actor,
      'concern.reassign',
      { itemType: 'concern', itemId: id },
      `「${before.title}」承办人：${assignees.map((each) => each.name).join('、')}`,
    ),
  );
  // Nothing residents read changed: assignees are staff's record only.
  return staffConcernView(after, deps.clock.now());
}

/**
 * Close a concern with the statement residents read, fixing on time or late for each clock. Only
 * once something authoritative was published for it; two closing at once: one wins, the other 409.
 */
export async function closeConcern(
  deps: ConcernDeps,
  actor: StaffActor,
  id: string,
  input: CloseConcernInput,
): Promise<StaffConcernView> {
  const before = await loadConcern(deps, id);
  requireOpen(before);
  if (!before.entries.length) throw new AppError('VALIDATION_FAILED', '请先发布至少一条权威信息');
  const now = deps.clock.now();
  const closed: Concern = {
    ...before,
    status: 'closed',
    closedAt: now.toISOString(),
    statement: input.statement,
    rev: before.rev + 1,
  };
  const after: Concern = { ...closed, outcomes: outcomesAtClose(closed) };
  await saveOrExplain(
    deps,
    after,
    auditEntry(
      deps,
      actor,
      'concern.close',
      { itemType: 'concern', itemId: id },
      `办结「${before.title}」`,
    ),
  );
  await deps.publicCache?.contentChanged();
  return staffConcernView(after, now);
}

export async function getStaffConcern(deps: ConcernDeps, id: string): Promise<StaffConcernView> {
  return staffConcernView(await loadConcern(deps, id), deps.clock.now());
}

/** Open concerns by their nearest running deadline (overdue first); closed ones newest first. */
export async function listConcerns(
  deps: ConcernDeps,
  query: { status: ConcernStatus; cursor?: string },
): Promise<Page<StaffConcernView>> {
  const now = deps.clock.now();
  if (query.status === 'open') {
    const open = await deps.concerns.listOpen();
    const sorted = open
      .map((concern) => ({ concern, due: nearestDeadline(concern, now) }))
      .sort((a, b) => a.due - b.due || a.concern.arisenAt.localeCompare(b.concern.arisenAt));
    return { items: sorted.map(({ concern }) => staffConcernView(concern, now)) };
  }
  try {
    const page = await deps.concerns.listClosed(CLOSED_PAGE, query.cursor);
    return {
      items: page.items.map((concern) => staffConcernView(concern, now)),
      ...(page.nextCursor && { nextCursor: page.nextCursor }),
    };
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new ValidationError([{ field: 'cursor', message: '翻页参数无效，请从第一页重新加载' }]);
    throw error;
  }
}

/** A year's figures, by year of arising: opened and closed per level, and how each clock went. */
export async function concernFigures(
  deps: { concerns: Pick<ConcernDeps['concerns'], 'listYear'> },
  year: number,
): Promise<ConcernFiguresView> {
  const concerns = await deps.concerns.listYear(year);
  return {
    year,
    levels: CONCERN_LEVELS.map((level) => {
      const ofLevel = concerns.filter((concern) => concern.level === level);
      const closed = ofLevel.filter((concern) => concern.status === 'closed');
      return {
        level,
        levelLabel: CONCERN_LEVEL_LABELS[level],
        opened: ofLevel.length,
        closed: closed.length,
        perClock: CONCERN_CLOCK_RULES[level].map((rule) => {
          const states = closed.map((concern) => concern.outcomes?.[rule.clock]?.state);
          return {
            label: rule.label,
            onTime: states.filter((state) => state === 'met').length,
            late: states.filter((state) => state === 'late').length,
            notHeld: states.filter((state) => state === 'not_held').length,
          };
        }),
      };
    }),
  };
}

/** Residents: a concern's page (404 for an unknown id). */
export async function getPublicConcern(
  deps: PublicConcernDeps,
  id: string,
): Promise<PublicConcernView> {
  // Any id residents send is a 404 unless it names a concern (a malformed one names none).
  const concern = CONCERN_ID.test(id) ? await deps.concerns.get(id) : undefined;
  if (!concern) throw new NotFoundError(NOT_FOUND);
  return publicConcernView(concern, deps.clock.now());
}

/** Residents: the open major concerns for the banner, newest first. */
export async function openConcernBanners(deps: PublicConcernDeps): Promise<OpenConcernBanner[]> {
  const open = await deps.concerns.openMajor();
  return open.sort((a, b) => b.arisenAt.localeCompare(a.arisenAt)).map(bannerView);
}

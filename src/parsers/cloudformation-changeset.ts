// Parses the JSON output of `aws cloudformation describe-change-set` (one page, an array of pages, or a bare
// `{ "Changes": [...] }`) into one ResourceChange per resource change. Pure: no I/O.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { InputError, plainAttributes, Unknown, type Action, type Attributes, type ParsedInput, type ResourceChange } from '../model.js';
import { checkNesting, stripBom } from './input-text.js';

type Obj = Record<string, unknown>;

const NOT_INCLUDED = new Unknown('property values not included; run describe-change-set with --include-property-values');

/** Resource attributes other than Properties that BeforeContext / AfterContext may carry. */
const RESOURCE_ATTRIBUTES = new Set([
  'Properties', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Metadata', 'Condition', 'DependsOn',
]);

const STACK_ARN = /^arn:aws[a-z-]*:cloudformation:([a-z0-9-]+):(\d{12}):(?:stack|changeSet)\//;

export function parseChangeSet(text: string, file: string, options: { region: string | Unknown }): ParsedInput {
  const source = stripBom(text);
  checkNesting(source, file);
  const data = parseJson(source, file);
  const { pages, shape } = toPages(data, file);
  const last = pages[pages.length - 1];
  if (last && typeof last.page['NextToken'] === 'string' && last.page['NextToken'] !== '') {
    throw new InputError(
      file,
      'this is one page of a longer change set (NextToken is set); pass every page, as a JSON array of describe-change-set outputs',
    );
  }

  const lines = changeLines(source, shape, pages.length);
  let stackRegion: string | undefined;
  let stackAccount: string | undefined;
  for (const { page } of pages) {
    const arn = [page['StackId'], page['ChangeSetId']].find((v) => typeof v === 'string' && STACK_ARN.test(v)) as string | undefined;
    if (arn) {
      const m = STACK_ARN.exec(arn)!;
      stackRegion = m[1];
      stackAccount = m[2];
      break;
    }
  }

  const changes: ResourceChange[] = [];
  pages.forEach(({ page, label }, p) => {
    const status = page['Status'];
    if (status === 'CREATE_PENDING' || status === 'CREATE_IN_PROGRESS') {
      throw new InputError(
        file,
        `the change set is still being created (Status ${status}); wait for CREATE_COMPLETE (aws cloudformation wait change-set-create-complete) and describe it again`,
      );
    }
    const list = page['Changes'] as unknown[];
    list.forEach((entry, i) => {
      const where = `${label}Changes[${i}]`;
      if (!isObj(entry)) throw new InputError(file, `${where} is not a mapping`);
      if (entry['Type'] !== undefined && entry['Type'] !== 'Resource') return; // not a resource change
      const rc = entry['ResourceChange'];
      if (!isObj(rc)) throw new InputError(file, `${where} has no ResourceChange`);
      const logicalId = rc['LogicalResourceId'];
      if (typeof logicalId !== 'string' || logicalId === '') throw new InputError(file, `${where}.ResourceChange has no LogicalResourceId`);
      const type = rc['ResourceType'];
      if (typeof type !== 'string' || type === '') throw new InputError(file, `${where}.ResourceChange (${logicalId}) has no ResourceType`);
      const change: ResourceChange = {
        format: 'changeset',
        file,
        address: logicalId,
        type,
        ...mapAction(rc, logicalId),
        region: stackRegion ?? options.region,
        account: stackAccount ?? null,
      };
      const line = lines.get(`${p}/${i}`);
      if (line !== undefined) change.line = line;
      changes.push(change);
    });
  });
  return { file, format: 'changeset', changes };
}

function mapAction(rc: Obj, logicalId: string): { action: Action; before: Attributes | null; after: Attributes | null } {
  const before = (): Attributes => contextAttributes(rc['BeforeContext'], 'BeforeContext', logicalId);
  const after = (): Attributes => contextAttributes(rc['AfterContext'], 'AfterContext', logicalId);
  const action = rc['Action'];
  switch (action) {
    case 'Add':
      return { action: 'create', before: null, after: after() };
    case 'Remove':
      return { action: 'delete', before: before(), after: null };
    case 'Modify': {
      const replacement = rc['Replacement'];
      // `Conditional` may or may not replace: count the replacement, which CloudFormation creates before it deletes
      // the old resource. A Modify without Replacement is treated the same way rather than guessed to be in place.
      if (replacement === 'False') {
        if (typeof rc['BeforeContext'] === 'string' && typeof rc['AfterContext'] === 'string') return { action: 'update', before: before(), after: after() };
        return { action: 'update', ...withoutValues(changedProperties(rc), logicalId) };
      }
      return { action: 'replace-create-first', before: before(), after: after() };
    }
    case 'Import':
    case 'SyncWithActual': {
      // Nothing is created: the resource already exists. Without a BeforeContext its before state is its after state.
      const a = after();
      return { action: 'none', before: typeof rc['BeforeContext'] === 'string' ? before() : a, after: a };
    }
    case 'Dynamic': {
      const why = `CloudFormation cannot tell yet what the change to ${logicalId} does (Action Dynamic); it is decided when the change set runs`;
      return { action: 'update', before: plainAttributes(new Unknown(why)), after: plainAttributes(new Unknown(why)) };
    }
    default: {
      const why = `change action ${JSON.stringify(action)} for ${logicalId} is not one quota-guard knows`;
      return { action: 'update', before: plainAttributes(new Unknown(why)), after: plainAttributes(new Unknown(why)) };
    }
  }
}

/** Top-level property names an in-place change touches, from its Details; 'all' when they cannot be told. */
function changedProperties(rc: Obj): Set<string> | 'all' {
  const details = rc['Details'];
  if (!Array.isArray(details) || !details.length) return 'all';
  const names = new Set<string>();
  for (const d of details) {
    const target = isObj(d) && isObj(d['Target']) ? d['Target'] : undefined;
    if (!target) return 'all';
    if (target['Attribute'] === 'Tags') names.add('Tags');
    else if (target['Attribute'] === 'Properties') {
      if (typeof target['Name'] !== 'string') return 'all';
      names.add(target['Name']);
    } else if (target['Attribute'] !== 'Metadata') return 'all';
  }
  return names;
}

/**
 * Before and after of an in-place change listed without property values: every value is unknown, but a property
 * the change does not touch reads as the very same Unknown before and after, so it adds nothing; a changed one
 * reads as two different Unknowns and is checked.
 */
function withoutValues(changed: Set<string> | 'all', logicalId: string): { before: Attributes; after: Attributes } {
  const unchanged = new Map<string, Unknown>();
  const view = (): Attributes => {
    const own = new Map<string, Unknown>();
    return {
      get(...path) {
        const name = String(path[0]);
        const table = changed === 'all' || changed.has(name) ? own : unchanged;
        if (!table.has(name)) table.set(name, new Unknown(`${logicalId}: ${NOT_INCLUDED.reason}`));
        return table.get(name);
      },
    };
  };
  return { before: view(), after: view() };
}

/** BeforeContext / AfterContext are JSON-encoded strings such as `{"Properties":{…},"DeletionPolicy":"Retain"}`. */
function contextAttributes(raw: unknown, which: string, logicalId: string): Attributes {
  if (typeof raw !== 'string') return plainAttributes(NOT_INCLUDED);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return plainAttributes(new Unknown(`the ${which} of ${logicalId} is not valid JSON (it may be truncated)`));
  }
  if (!isObj(parsed)) return plainAttributes(new Unknown(`the ${which} of ${logicalId} is not a JSON object`));
  if ('Properties' in parsed) return plainAttributes(parsed['Properties'] ?? {});
  // No Properties key: a resource without properties, or (defensively) the properties themselves.
  if (Object.keys(parsed).every((k) => RESOURCE_ATTRIBUTES.has(k))) return plainAttributes({});
  return plainAttributes(parsed);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    // Not JSON. A YAML template is the likely mix-up; say so rather than report a syntax error.
    if (text.trim() === '') throw new InputError(file, 'the file is empty; expected the JSON output of aws cloudformation describe-change-set');
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length === 0) {
      const v = isMap(doc.contents) ? doc.contents : undefined;
      if (v && (v.has('Resources') || v.has('AWSTemplateFormatVersion'))) {
        throw new InputError(file, 'this looks like a CloudFormation template, not a change set; pass it with --template');
      }
    }
    const at = /at position (\d+)/.exec(reason);
    const yamlPos = doc.errors[0] ? lineCounter.linePos(doc.errors[0].pos[0]) : undefined;
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : yamlPos?.line;
    const message = reason
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/\s+/g, ' ')
      .slice(0, 120);
    throw new InputError(
      file,
      `invalid JSON${line !== undefined ? ` at line ${line}` : ''}: ${message}; expected the JSON output of aws cloudformation describe-change-set`,
    );
  }
}

interface Page {
  page: Obj;
  /** Prefix for error messages: `[2].` for the third page of an array, empty otherwise. */
  label: string;
}

type Shape = 'page' | 'pages' | 'bare';

function toPages(data: unknown, file: string): { pages: Page[]; shape: Shape } {
  if (isObj(data)) {
    if (Array.isArray(data['Changes'])) return { pages: [{ page: data, label: '' }], shape: 'page' };
    if ('Resources' in data || 'AWSTemplateFormatVersion' in data) {
      throw new InputError(file, 'this looks like a CloudFormation template, not a change set; pass it with --template');
    }
    if ('terraform_version' in data || 'format_version' in data) {
      if ('planned_values' in data || 'resource_changes' in data || 'prior_state' in data || 'configuration' in data) {
        throw new InputError(file, 'this looks like a Terraform plan; pass it with --plan');
      }
      throw new InputError(file, 'this looks like a Terraform state, not a change set; pass a plan (terraform show -json PLANFILE) with --plan');
    }
    if ('Changes' in data) throw new InputError(file, 'Changes must be a list of changes');
    throw new InputError(file, 'no Changes array; expected the JSON output of aws cloudformation describe-change-set');
  }
  if (Array.isArray(data) && data.length > 0) {
    // `describe-change-set --query Changes` prints the bare list of changes.
    if (data.every((c) => isObj(c) && 'ResourceChange' in c)) return { pages: [{ page: { Changes: data }, label: '' }], shape: 'bare' };
    if (data.every((p) => isObj(p) && Array.isArray(p['Changes']))) {
      return { pages: data.map((p, i) => ({ page: p as Obj, label: `[${i}].` })), shape: 'pages' };
    }
  }
  throw new InputError(file, 'no Changes array; expected the JSON output of aws cloudformation describe-change-set');
}

/**
 * The line of each change's LogicalResourceId, keyed `page/index`, read from the same text through the YAML parser
 * (JSON is YAML) so that positions are known. Lines are left out if that parse fails.
 */
function changeLines(text: string, shape: Shape, pageCount: number): Map<string, number> {
  const out = new Map<string, number>();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) return out;
  const root = doc.contents;
  let changeLists: unknown[];
  if (shape === 'bare') changeLists = [root];
  else if (shape === 'pages') changeLists = isSeq(root) ? root.items.map((p) => (isMap(p) ? lastValue(p, 'Changes') : undefined)) : [];
  else changeLists = [isMap(root) ? lastValue(root, 'Changes') : undefined];
  changeLists.slice(0, pageCount).forEach((list, p) => {
    if (!isSeq(list)) return;
    list.items.forEach((item, i) => {
      const rc = isMap(item) ? lastValue(item, 'ResourceChange') : undefined;
      if (!isMap(rc)) return;
      const pair = [...rc.items].reverse().find((x) => isScalar(x.key) && x.key.value === 'LogicalResourceId');
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) out.set(`${p}/${i}`, lineCounter.linePos(range[0]).line);
    });
  });
  return out;
}

/** The value node of a key; the last one wins, as in JSON.parse. */
function lastValue(map: YAMLMap, key: string): unknown {
  const pair = [...map.items].reverse().find((x) => isScalar(x.key) && x.key.value === key);
  return pair?.value ?? undefined;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

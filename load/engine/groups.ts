/**
 * Groups and checks as k6 aggregates them for the end-of-test summary
 * (`root_group`): paths join names with "::", ids are the MD5 of the path.
 */
import { createHash } from 'node:crypto';

export class CheckNode {
  passes = 0;
  fails = 0;
  readonly id: string;
  constructor(
    readonly name: string,
    readonly path: string,
  ) {
    this.id = md5(path);
  }
}

export class GroupNode {
  readonly id: string;
  readonly groups = new Map<string, GroupNode>();
  readonly checks = new Map<string, CheckNode>();
  constructor(
    readonly name: string,
    readonly path: string,
  ) {
    this.id = md5(path);
  }
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

export class GroupTree {
  readonly root = new GroupNode('', '');
  readonly #byPath = new Map<string, GroupNode>([['', this.root]]);
  /** Checks in the order they were first seen (the summary lists them so). */
  readonly orderedChecks: CheckNode[] = [];

  /** The group at `path`, created (with its parents) on first use. */
  group(path: string): GroupNode {
    const existing = this.#byPath.get(path);
    if (existing) return existing;
    const cut = path.lastIndexOf('::');
    const parent = this.group(path.slice(0, cut));
    const node = new GroupNode(path.slice(cut + 2), path);
    parent.groups.set(node.name, node);
    this.#byPath.set(path, node);
    return node;
  }

  recordCheck(groupPath: string, name: string, ok: boolean): void {
    const g = this.group(groupPath);
    let check = g.checks.get(name);
    if (!check) {
      check = new CheckNode(name, `${groupPath}::${name}`);
      g.checks.set(name, check);
      this.orderedChecks.push(check);
    }
    if (ok) check.passes++;
    else check.fails++;
  }
}

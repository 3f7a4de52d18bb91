# nft-offload Console, written by `nftoffload export ansible`.
#
# The plan of one host, from what "Read the live table" printed: "changed" when its table is not
# what was applied and confirmed last (or the ruleset to apply is another one), with the diff that
# `ansible-playbook --diff` (also with --check) prints: from the live table to the table as nft
# listed it after the last confirm when the ruleset is the same (someone changed the table), else
# to the ruleset to apply. It runs on the controller only and touches no host: the routers need no
# Python.
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.plugins.action import ActionBase

LIVE = '#nftoffload-live'
APPLIED = '#nftoffload-applied'


class ActionModule(ActionBase):

    TRANSFERS_FILES = False
    _VALID_ARGS = frozenset(('state', 'rendered', 'sha256', 'table'))

    def run(self, tmp=None, task_vars=None):
        result = super(ActionModule, self).run(tmp, task_vars)
        args = self._task.args
        table = str(args.get('table', ''))
        sha256 = str(args.get('sha256', ''))
        lines = str(args.get('state', '')).splitlines()
        if not lines or lines[0] not in ('in-sync', 'due') or LIVE not in lines or APPLIED not in lines:
            result['failed'] = True
            result['msg'] = 'unexpected answer from the host while reading %s: %r' % (table, lines[:3])
            return result
        live = lines[lines.index(LIVE) + 1:lines.index(APPLIED)]
        applied = lines[lines.index(APPLIED) + 1:]
        if live == ['']:
            live = []  # no such table
        due = lines[0] != 'in-sync'
        result['changed'] = due
        if not due:
            result['msg'] = '%s is what was applied and confirmed last' % table
            return result
        if applied and applied[0] == sha256:
            after, what = _text(applied[1:]), 'as applied and confirmed last'
            result['msg'] = '%s was changed since it was applied and confirmed: apply due' % table
        else:
            after, what = str(args.get('rendered', '')), 'to apply'
            result['msg'] = '%s is not the ruleset to apply: apply due' % table
        result['diff'] = {
            'before_header': '%s (live)' % table,
            'after_header': '%s (%s)' % (table, what),
            'before': _text(live),
            'after': after,
        }
        return result


def _text(lines):
    return ''.join(line + '\n' for line in lines)

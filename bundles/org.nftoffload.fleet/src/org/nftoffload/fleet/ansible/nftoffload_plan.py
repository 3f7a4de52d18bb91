# nft-offload Console, written by `nftoffload export ansible`.
#
# The plan of one host: reports "changed" when its table is not what was applied and confirmed last
# (or the ruleset to apply is another one), and gives Ansible the diff from the live table to the
# ruleset to apply, which `ansible-playbook --diff` (also with --check) prints. It runs on the
# controller only and touches no host: the routers need no Python.
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible.module_utils.parsing.convert_bool import boolean
from ansible.plugins.action import ActionBase


class ActionModule(ActionBase):

    TRANSFERS_FILES = False
    _VALID_ARGS = frozenset(('due', 'live', 'rendered', 'table'))

    def run(self, tmp=None, task_vars=None):
        result = super(ActionModule, self).run(tmp, task_vars)
        args = self._task.args
        due = boolean(args.get('due', False), strict=True)
        table = str(args.get('table', ''))
        result['changed'] = due
        if due:
            result['diff'] = {
                'before_header': '%s (live)' % table,
                'after_header': '%s (to apply)' % table,
                'before': _text(args.get('live')),
                'after': _text(args.get('rendered')),
            }
            result['msg'] = '%s differs from what was applied and confirmed last: apply due' % table
        else:
            result['msg'] = '%s is what was applied and confirmed last' % table
        return result


def _text(value):
    text = '' if value is None else str(value)
    return text if text == '' or text.endswith('\n') else text + '\n'

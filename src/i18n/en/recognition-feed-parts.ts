/**
 * Strings of recognition-feed's lazily loaded parts, added to the feed's own when a part first
 * loads: the composer, and what a person does to a post (reactions and consent answers).
 */
export const feedComposer = {
  'feed.compose.title': 'Recognise someone',
  'feed.compose.recipients': 'Who are you recognising?',
  'feed.compose.recipients.placeholder': 'Type a name',
  'feed.compose.recipients.hint': 'Arrow keys choose, Enter adds. Backspace in the empty box removes the last person.',
  'feed.compose.recipients.none': 'No one on the team matches.',
  'feed.compose.recipients.selected': 'Recognising',
  'feed.compose.recipients.added': (p: { name: string }) => `${p.name} added.`,
  'feed.compose.recipients.removed': (p: { name: string }) => `${p.name} removed.`,
  'feed.compose.recipients.count': (p: { count: number }) => (p.count === 1 ? '1 person matches.' : `${p.count} people match.`),
  'feed.compose.remove': (p: { name: string }) => `Remove ${p.name}`,
  'feed.compose.kind': 'Kind',
  'feed.compose.coaching.hint': (p: { name: string }) =>
    `${p.name} will be asked to consent before the team sees this. Until then only you, ${p.name} and their manager see it.`,
  'feed.compose.coaching.noRecipient': 'The first person you recognise is asked to consent before the team sees it.',
  'feed.compose.message': 'Message',
  'feed.compose.message.placeholder': 'What did they do, and why did it matter?',
  'feed.compose.message.count': (p: { used: number; max: number }) => `${p.used} of ${p.max} characters`,
  'feed.compose.link': 'Link (optional)',
  'feed.compose.link.hint': 'A deal, a call recording or a document: http:// or https:// only.',
  'feed.compose.link.bad': 'Only web links that start with http:// or https:// can be shared.',
  'feed.compose.values': 'Values shown',
  'feed.compose.values.add': 'Another value',
  'feed.compose.values.addButton': 'Add value',
  'feed.compose.values.full': (p: { max: number }) => `Use at most ${p.max} values.`,
  'feed.compose.audience': 'Who sees it',
  'feed.compose.audience.team': 'The team',
  'feed.compose.audience.team.help': 'Everyone on the team sees it in the feed.',
  'feed.compose.audience.private': 'Private',
  'feed.compose.audience.private.help': 'Only the people you recognise and their managers.',
  'feed.compose.submit': 'Post recognition',
  'feed.compose.submitting': 'Posting…',
  'feed.compose.cancel': 'Cancel',
  'feed.compose.problems': 'Please check the marked fields.',
  'feed.compose.failed': (p: { message: string }) => `Your recognition was not posted. ${p.message} Your text is still here.`,

  'feed.pref.private': (p: { names: string; count: number }) =>
    `${p.names} ${p.count === 1 ? 'prefers' : 'prefer'} private recognition — send it privately?`,
  'feed.pref.none': (p: { names: string; count: number }) =>
    `${p.names} ${p.count === 1 ? 'prefers' : 'prefer'} not to be recognised in public — send it privately?`,
  'feed.pref.switch': 'Send privately',
  'feed.pref.keep': 'Post to the team anyway',
  'feed.pref.kept': 'You chose to post to the team anyway.',
  'feed.pref.confirm': 'Choose first: send it privately, or post to the team anyway.',
} as const;

export const feedActions = {
  'feed.consent.grantedNotice': 'Thank you. Your team can see it now.',
  'feed.consent.declinedNotice': 'Declined. It stays between you, the sender and your manager.',
  'feed.consent.failed': (p: { message: string }) => `Your answer could not be saved. ${p.message}`,
  'feed.react.choose': 'Choose a reaction',
  'feed.react.failed': (p: { message: string }) => `Your reaction could not be saved. ${p.message}`,
} as const;

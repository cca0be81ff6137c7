/**
 * Strings of recognition-feed as a page first shows it: the feed, its posts, reactions and consent
 * banners. Those of the parts it loads on first use are in `recognition-feed-parts.ts`.
 */
export const feed = {
  'feed.heading.team': 'Team recognition',
  'feed.heading.person': (p: { name: string }) => `Recognition · ${p.name}`,
  'feed.heading.all': 'Recognition',
  'feed.scroller.label': 'Recognition posts, scrollable',
  'feed.list.label': 'Recognition posts, newest first',

  'feed.kind.win': 'Win',
  'feed.kind.kudos': 'Kudos',
  'feed.kind.coaching-example': 'Coaching example',
  'feed.kind.milestone': 'Milestone',
  'feed.kind.goal-achieved': 'Goal achieved',
  'feed.filter.label': 'Show posts of kind',
  'feed.filter.all': 'All',

  'feed.loading': 'Loading recognition…',
  'feed.empty': 'No recognition here yet.',
  'feed.empty.hint': 'Wins, kudos, milestones and coaching examples shared with you will appear here.',
  'feed.empty.filtered': (p: { kind: string }) => `No posts of the kind “${p.kind}” yet.`,
  'feed.empty.showAll': 'Show all kinds',
  'feed.error': (p: { message: string }) => `The feed could not be loaded. ${p.message}`,
  'feed.refreshError': (p: { message: string }) => `The feed could not be brought up to date. ${p.message}`,
  'feed.loadOlder': 'Load older posts',
  'feed.loadingOlder': 'Loading older posts…',
  'feed.olderError': (p: { message: string }) => `Older posts could not be loaded. ${p.message}`,
  'feed.end': 'You’re all caught up.',

  'feed.someone': 'Someone',
  'feed.post.from': (p: { name: string }) => `from ${p.name}`,
  'feed.post.private': 'Private',
  'feed.post.private.help': 'Seen only by the sender, the people recognised and their managers.',
  'feed.post.automatic': 'Posted by Goalpost',
  'feed.post.opensNewTab': '(opens in a new tab)',
  'feed.post.values': 'Values',
  'feed.post.label': (p: { kind: string; from: string; to: string }) => `${p.kind}: ${p.from} recognised ${p.to}`,
  'feed.post.keyboardHint': 'Page Down and Page Up move between posts.',

  'feed.consent.waiting': (p: { name: string }) => `Waiting for ${p.name}’s consent`,
  'feed.consent.waiting.help': (p: { name: string }) =>
    `Until ${p.name} agrees, only the sender, ${p.name} and their manager see this.`,
  'feed.consent.ask': (p: { from: string }) =>
    `${p.from} would like to share this with the team. Until you agree, only you, ${p.from} and your manager see it.`,
  'feed.consent.grant': 'Grant consent',
  'feed.consent.decline': 'Decline',
  'feed.consent.declined': (p: { name: string }) => `${p.name} declined to share this with the team.`,
  'feed.consent.declined.self': 'You declined to share this with the team. It stays between you, the sender and your manager.',
  'feed.consent.granted': (p: { name: string }) => `Shared with ${p.name}’s consent`,

  'feed.emoji.applause': 'Applause',
  'feed.emoji.celebrate': 'Celebrate',
  'feed.emoji.fire': 'On fire',
  'feed.emoji.strong': 'Strong',
  'feed.emoji.love': 'Love',
  'feed.emoji.hooray': 'Hooray',
  'feed.react.bar': 'Reactions',
  'feed.react.add': 'Add a reaction',
  'feed.react.button': (p: { label: string; count: number }) => `${p.label}, ${p.count} ${p.count === 1 ? 'reaction' : 'reactions'}`,
  'feed.react.by': (p: { names: string }) => `Reacted: ${p.names}`,
  'feed.react.more': (p: { count: number }) => `${p.count} more`,

  'feed.live.new': (p: { count: number; from: string }) =>
    p.count === 1 ? `New recognition from ${p.from}.` : `${p.count} new recognition posts.`,
  'feed.live.posted': 'Your recognition was posted.',

  'feed.compose.open': 'Recognise someone',
  'feed.compose.noViewer': 'Sign in to recognise someone.',
  'feed.partUnavailable': 'This part of the feed could not be loaded. Check your connection and try again.',
} as const;

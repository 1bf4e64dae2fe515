import {
  CirclePause,
  CirclePlay,
  CornerUpRight,
  Grid3x3,
  FileQuestionMark,
  Hash,
  Hourglass,
  Mail,
  MessageSquare,
  Mic,
  Network,
  Phone,
  PhoneForwarded,
  PhoneIncoming,
  PhoneMissed,
  PhoneOff,
  Speech,
  User,
  Users,
  Volume2,
  type LucideIcon,
} from 'lucide-react';
import type { VerbIconName } from '../schema/verbs';

const icons: Record<VerbIconName, LucideIcon> = {
  'phone-incoming': PhoneIncoming,
  'phone-off': PhoneOff,
  message: Speech,
  pause: Hourglass,
  hangup: PhoneMissed,
  dial: Phone,
  gather: Grid3x3,
  play: Volume2,
  record: Mic,
  redirect: CornerUpRight,
  sms: MessageSquare,
  email: Mail,
  hold: CirclePause,
  resume: CirclePlay,
  refer: PhoneForwarded,
  number: Hash,
  client: User,
  sip: Network,
  conference: Users,
  unknown: FileQuestionMark,
};

export function VerbIcon({ name, size = 16 }: { name: VerbIconName; size?: number }) {
  const Icon = icons[name];
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}

import {
  Hourglass,
  PhoneIncoming,
  PhoneMissed,
  PhoneOff,
  Speech,
  type LucideIcon,
} from 'lucide-react';
import type { VerbIconName } from '../verbs/types';

const icons: Record<VerbIconName, LucideIcon> = {
  'phone-incoming': PhoneIncoming,
  'phone-off': PhoneOff,
  message: Speech,
  pause: Hourglass,
  hangup: PhoneMissed,
};

export function VerbIcon({ name, size = 16 }: { name: VerbIconName; size?: number }) {
  const Icon = icons[name];
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}

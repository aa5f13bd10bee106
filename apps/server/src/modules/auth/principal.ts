import type { Role } from '@cqss/domain';

/** Who is calling: a signed-in person, or a paired kiosk device. */
export type Principal = UserPrincipal | KioskPrincipal;

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  username: string;
  sessionId: string;
  role: Exclude<Role, 'KIOSK'>;
  companyId: string | null;
  policeOrganId: string | null;
  /** The officer's jurisdiction (the organ's division code). */
  organDivisionCode: string | null;
  /** The guard record a GUARD account belongs to. */
  guardId: string | null;
  /** A one-time password is in use: only changing it is allowed (PASSWORD_CHANGE_REQUIRED). */
  mustChangePassword?: boolean;
}

export interface KioskPrincipal {
  kind: 'kiosk';
  role: 'KIOSK';
  deviceId: string;
  companyId: string;
  customerUnitId: string;
  postId: string | null;
}

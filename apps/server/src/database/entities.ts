import 'reflect-metadata';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { UserSession } from '../modules/auth/user-session.entity';
import { Company } from '../modules/companies/company.entity';
import { Contract } from '../modules/contracts/contract.entity';
import { CustomerUnit } from '../modules/customer-units/customer-unit.entity';
import { Filing } from '../modules/filings/filing.entity';
import { FilingSubmission } from '../modules/filings/filing-submission.entity';
import { Guard } from '../modules/guards/guard.entity';
import { Handover } from '../modules/handovers/handover.entity';
import { Inquiry } from '../modules/inquiries/inquiry.entity';
import { FeedbackAlert } from '../modules/feedback/feedback-alert.entity';
import { FeedbackSettingsRow } from '../modules/feedback/feedback-settings.entity';
import { Feedback } from '../modules/feedback/feedback.entity';
import { NotificationOutbox } from '../modules/notifications/notification-outbox.entity';
import { NotificationSettingsRow } from '../modules/notifications/notification-settings.entity';
import { KioskDevice } from '../modules/kiosks/kiosk-device.entity';
import { PoliceOrgan } from '../modules/police-organs/police-organ.entity';
import { Post } from '../modules/posts/post.entity';
import { Shift } from '../modules/shifts/shift.entity';
import { IllegalRequestReport } from '../modules/illegal-reports/illegal-request-report.entity';
import { ServiceRequest } from '../modules/service-requests/service-request.entity';
import { User } from '../modules/users/user.entity';
import { StoredDocument } from '../modules/documents/document.entity';
import { FilingSubmissionDocument } from '../modules/documents/filing-submission-document.entity';
import { FilingReceipt } from '../modules/documents/filing-receipt.entity';

export const ENTITIES = [
  Company,
  PoliceOrgan,
  User,
  UserSession,
  CustomerUnit,
  Guard,
  Post,
  KioskDevice,
  AuditEntry,
  Shift,
  Handover,
  Inquiry,
  ServiceRequest,
  Contract,
  IllegalRequestReport,
  Feedback,
  FeedbackAlert,
  FeedbackSettingsRow,
  Filing,
  FilingSubmission,
  NotificationSettingsRow,
  NotificationOutbox,
  StoredDocument,
  FilingSubmissionDocument,
  FilingReceipt,
];

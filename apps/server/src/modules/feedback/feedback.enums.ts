import { FeedbackAlertKind, FeedbackTag } from '@cqss/domain';
import { registerEnumType } from 'type-graphql';

// Registered here rather than in common/enums.graphql.ts, so the feature brings its own names.
registerEnumType(FeedbackTag, { name: 'FeedbackTag' });
registerEnumType(FeedbackAlertKind, { name: 'FeedbackAlertKind' });

-- The database refuses a status (or other enum value) the code does not know: each list below is the
-- Java enum named beside it, and StatusConstraintsTest fails when the two drift apart. A new enum
-- value therefore needs a migration that replaces the constraint (drop, then add with the new list).
-- Not checked: audit and lifecycle actor roles, which are stored as the token said them, and audit
-- actions and entity types, which are open-ended names rather than enums.

-- ProviderStatus
alter table provider add constraint provider_status_known check (status in (
    'APPLIED', 'PRELIMINARY_PASSED', 'EXPERT_PASSED', 'PUBLICIZING', 'ACTIVE', 'WARNED', 'SUSPENDED',
    'REJECTED', 'APPEALING', 'REMOVED'));

-- SolutionStatus, DeliveryMode
alter table solution add constraint solution_status_known check (status in (
    'DRAFT', 'SUBMITTED', 'LISTED', 'REJECTED', 'DELISTED'));
alter table solution add constraint solution_delivery_mode_known check (delivery_mode in (
    'SAAS', 'ON_PREMISE', 'HYBRID'));

-- EnterpriseScale, Specialization
alter table enterprise add constraint enterprise_scale_known check (scale in ('ABOVE', 'BELOW'));
alter table enterprise add constraint enterprise_specialization_known check (specialization in (
    'NONE', 'PROVINCIAL', 'LITTLE_GIANT'));

-- ChangedRecord.Type
alter table outbox_event add constraint outbox_event_aggregate_type_known check (aggregate_type in (
    'SOLUTION', 'PROVIDER'));

-- RebuildJob.Status (indexer)
alter table search_rebuild add constraint search_rebuild_status_known check (status in (
    'RUNNING', 'SUCCEEDED', 'FAILED'));

-- RecommendedList.Status
alter table recommended_list add constraint recommended_list_status_known check (status in (
    'DRAFT', 'PUBLISHED'));

-- A step of a provider (ProviderAction between ProviderStatus values) or of a solution (SolutionAction
-- between SolutionStatus values).
alter table lifecycle_transition add constraint lifecycle_transition_known check (
    (entity_type = 'PROVIDER'
        and action in ('PASS_PRELIMINARY', 'PASS_EXPERT', 'PUBLICIZE', 'ACTIVATE', 'REJECT', 'WARN',
                       'CLEAR_WARNING', 'SUSPEND', 'REINSTATE', 'REMOVE', 'APPEAL', 'GRANT_APPEAL',
                       'DISMISS_APPEAL', 'APPROVE_REVISION', 'REJECT_REVISION')
        and from_status in ('APPLIED', 'PRELIMINARY_PASSED', 'EXPERT_PASSED', 'PUBLICIZING', 'ACTIVE',
                            'WARNED', 'SUSPENDED', 'REJECTED', 'APPEALING', 'REMOVED')
        and to_status in ('APPLIED', 'PRELIMINARY_PASSED', 'EXPERT_PASSED', 'PUBLICIZING', 'ACTIVE',
                          'WARNED', 'SUSPENDED', 'REJECTED', 'APPEALING', 'REMOVED'))
    or (entity_type = 'SOLUTION'
        and action in ('SUBMIT', 'WITHDRAW', 'APPROVE', 'REJECT', 'DELIST', 'CONFIRM', 'APPROVE_REVISION',
                       'REJECT_REVISION')
        and from_status in ('DRAFT', 'SUBMITTED', 'LISTED', 'REJECTED', 'DELISTED')
        and to_status in ('DRAFT', 'SUBMITTED', 'LISTED', 'REJECTED', 'DELISTED')));

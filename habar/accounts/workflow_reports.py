"""Wagtail's workflow reports, their filters offering only what the rows may show.

The reports list the workflows of pages the user may edit, but their filters offer every
workflow, task and requester of the network: another site's workflow names, its editors'
names. Wagtail has no hook for a report's filters, so Habar routes the reports' paths,
under Wagtail's names, to these subclasses ahead of Wagtail's own (habar.accounts.admin_urls).
The choices come
from the rows a user may see; superusers, who see every row, keep every choice.
"""

from django.contrib.auth import get_user_model
from django.urls import path
from wagtail.admin.views.reports import workflows
from wagtail.models import Task, Workflow


def requesters(user_ids):
    User = get_user_model()
    return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)


class WorkflowReportFilterSet(workflows.WorkflowReportFilterSet):
    def __init__(self, *args, states=None, **kwargs):
        super().__init__(*args, **kwargs)
        if states is not None:
            self.filters["workflow"].queryset = Workflow.objects.filter(
                pk__in=states.values("workflow")
            )
            self.filters["requested_by"].queryset = requesters(states.values("requested_by"))


class WorkflowTasksReportFilterSet(workflows.WorkflowTasksReportFilterSet):
    def __init__(self, *args, task_states=None, **kwargs):
        super().__init__(*args, **kwargs)
        if task_states is not None:
            self.filters["workflow"].queryset = Workflow.objects.filter(
                pk__in=task_states.values("workflow_state__workflow")
            )
            self.filters["task"].queryset = Task.objects.filter(pk__in=task_states.values("task"))


class WorkflowView(workflows.WorkflowView):
    filterset_class = WorkflowReportFilterSet

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not self.request.user.is_superuser:
            kwargs["states"] = self.get_queryset()
        return kwargs


class WorkflowTasksView(workflows.WorkflowTasksView):
    filterset_class = WorkflowTasksReportFilterSet

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not self.request.user.is_superuser:
            kwargs["task_states"] = self.get_queryset()
        return kwargs


# Wagtail's paths and names (wagtail.admin.urls.reports), under /admin/reports/.
urlpatterns = [
    path("workflow/", WorkflowView.as_view(), name="workflow"),
    path("workflow/results/", WorkflowView.as_view(results_only=True), name="workflow_results"),
    path("workflow_tasks/", WorkflowTasksView.as_view(), name="workflow_tasks"),
    path(
        "workflow_tasks/results/",
        WorkflowTasksView.as_view(results_only=True),
        name="workflow_tasks_results",
    ),
]

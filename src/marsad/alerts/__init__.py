"""Alerts: saved watches on the corpus (a person quoted, a claim on a topic, a story spreading),
checked on every newly stored article, each firing recorded once and delivered."""
from .check import check_articles, check_stories
from .deliver import JsonLines, deliver, post_webhook, retry_webhooks
from .saved import KINDS, Alert, Alerts, check_alert

__all__ = ["KINDS", "Alert", "Alerts", "JsonLines", "check_alert", "check_articles", "check_stories", "deliver",
           "post_webhook", "retry_webhooks"]
from .runner import AlertRunner  # noqa: E402

__all__.append("AlertRunner")

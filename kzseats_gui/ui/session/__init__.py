"""The open workbook and the background work on it, apart from any widget: ``DocumentSession``, the
``Document`` it holds, the project-file lots and the task runner."""

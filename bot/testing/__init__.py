"""Fakes of the outside world for tests and benchmarks: the Telegram Bot API and the Zalo OA
servers on loopback, speaking real HTTP (`loopback.py` is their shared base), and the recorded
platform payloads they make fresh events from (`payloads/<platform>/*.json`).

Nothing here is imported by the running bot; it ships in the package so that tests and
`python -m benchmarks.<name>` import it the same way, without path edits.
"""

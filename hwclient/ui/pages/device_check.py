"""Step 2: is this PC ready? Camera picture, microphone bar, test sound, and every check.

The person sees themselves, sees the bar move when they speak and hears the
chime: that is the check they understand. Below, the engine's results come
in one by one, each with what to do. The results are sent to the office when
signed in (the counsellor then knows the PC's state before the session).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hwclient.checks.model import CHECK_IDS, CheckResult, Report, Status
from hwclient.checks.preload import import_all, preload_engine
from hwclient.checks.raw import RawBundle, RawOutput
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.level_meter import LevelMeter
from hwclient.ui.widgets.status_row import StatusRow

if TYPE_CHECKING:  # QtMultimedia and the policy parser load once the page is shown
    from hwclient.api.models import ClientPolicy
    from hwclient.checks.policy import Policy
    from hwclient.ui.widgets.camera_preview import CameraPreview
    from hwclient.ui.widgets.media import Device, DeviceLister
    from hwclient.ui.widgets.microphone import MicrophoneMonitor
    from hwclient.ui.widgets.sound import TestSound

log = logging.getLogger(__name__)

Progress = Callable[[CheckResult], None]
CheckRunner = Callable[[Progress], Awaitable[tuple[Report, RawBundle]]]
CAMERA_WAIT_S = 4.0  # the engine's own camera probe waits as long for frames
POLICY_WAIT_S = 3.0  # offline, the bundled policy is used instead of waiting on
# Loaded in a worker thread on first entry (QtMultimedia costs a long pause on the UI thread).
MEDIA_MODULES = (
    "hwclient.checks.policy",
    "hwclient.checks.probes.media",
    "hwclient.ui.widgets.permissions",
    "hwclient.ui.widgets.media",
    "hwclient.ui.widgets.camera_preview",
    "hwclient.ui.widgets.microphone",
    "hwclient.ui.widgets.sound",
)


RESULT_LINES_SHOWN = 8  # the summary and at least the first result with its remedy


class DeviceCheckPage(Page):
    key = "check"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.devices: DeviceLister | None = None  # None: what Qt Multimedia lists
        self.camera: CameraPreview | None = None  # the media parts are built on first entry
        self.monitor: MicrophoneMonitor | None = None
        self.sound: TestSound | None = None
        self.runner: CheckRunner = self._run_engine
        self.only: set[str] | None = None  # check ids to run; None = all
        self.report: Report | None = None
        self._sent = False  # the last report reached the server
        self.bundle: RawBundle | None = None
        self.policy: Policy | None = None  # set by the runner; re-judges on a language switch
        self.rows: dict[str, StatusRow] = {}
        self._run_task: asyncio.Task[Any] | None = None
        self._checking = False
        self._microphones: list[Device] | None = None  # listed when the page is entered
        self._speakers: list[Device] | None = None
        self._return_to: str | None = None
        self._shown = False  # between on_enter and on_leave
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        self.intro = style.wrap(QLabel())
        self.camera_slot = QWidget(objectName="camera_slot")
        self.camera_slot.setMinimumSize(320, 240)  # the picture's place, kept while it loads
        QVBoxLayout(self.camera_slot).setContentsMargins(0, 0, 0, 0)
        self.mic_title = style.set_role(QLabel(), "subtitle")
        self.meter = LevelMeter()
        self.meter.setObjectName("mic_meter")
        self.mic_status = style.wrap(QLabel(objectName="mic_status"))
        self.speaker_title = style.set_role(QLabel(), "subtitle")
        self.play_button = QPushButton(objectName="play_sound_button")
        self.speaker_status = style.wrap(QLabel(objectName="speaker_status"))
        self.progress = QProgressBar(objectName="check_progress")
        self.progress.setRange(0, len(CHECK_IDS))
        self.progress_label = style.wrap(QLabel(objectName="progress_label"))
        self.summary = style.set_role(style.wrap(QLabel(objectName="check_summary")), "subtitle")
        self.sent_label = style.wrap(QLabel(objectName="sent_label"))
        self.results_box = QVBoxLayout()
        self.rerun_button = QPushButton(objectName="rerun_button")
        self.continue_button = style.make_primary(QPushButton(objectName="continue_button"))
        self._arrange()
        self.meter.heard.connect(self._update_mic_status)
        self.play_button.clicked.connect(self._play_sound)
        self.play_button.setEnabled(False)  # until the speakers are known
        self.rerun_button.clicked.connect(self.start_check)
        self.continue_button.clicked.connect(self._continue)

    def _arrange(self) -> None:
        media = QGridLayout()
        media.addWidget(self.camera_slot, 0, 0, 6, 1)
        media.addWidget(self.mic_title, 0, 1)
        media.addWidget(self.meter, 1, 1)
        media.addWidget(self.mic_status, 2, 1)
        media.addWidget(self.speaker_title, 3, 1)
        media.addWidget(self.play_button, 4, 1)
        media.addWidget(self.speaker_status, 5, 1)
        media.setColumnStretch(0, 3)
        media.setColumnStretch(1, 2)
        results = QWidget()
        results_col = QVBoxLayout(results)
        results_col.addWidget(self.summary)
        results_col.addWidget(self.sent_label)
        results_col.addLayout(self.results_box)
        results_col.addStretch(1)
        scroll = QScrollArea(objectName="results_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(results)
        # The results are what the person came for: on a short window the whole
        # page scrolls (the main window frames it) rather than this box shrinking
        # to a sliver that shows only the heading.
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * RESULT_LINES_SHOWN)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rerun_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        page = QVBoxLayout(self)
        page.addWidget(self.intro)
        page.addLayout(media)
        page.addWidget(self.progress)
        page.addWidget(self.progress_label)
        page.addWidget(scroll, 1)
        page.addLayout(buttons)

    # -- texts ----------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Check my device")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Let's check that your PC is ready for a video session. "
                "You should see yourself, the bar should move when you speak, "
                "and you should hear the test sound."
            )
        )
        self.mic_title.setText(self.tr("Microphone"))
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.speaker_title.setText(self.tr("Speakers"))
        self.play_button.setText(self.tr("&Play test sound"))
        self.rerun_button.setText(self.tr("Check &again"))
        self.continue_button.setText(self.tr("&Continue"))
        if self.camera is not None:
            self.camera.retranslate()
        self._update_mic_status()
        self._update_speaker_status()
        self._update_progress()
        self._update_summary()
        self._update_sent_label()
        self._retranslate_results()

    def _update_mic_status(self) -> None:
        if self._microphones is None:  # not shown yet: devices are listed on entering
            text = ""
        elif not self._microphones:
            text = self.tr("No microphone found. Connect a headset or a microphone.")
        elif self.meter.was_heard:
            text = self.tr("We can hear you.")
        elif self.monitor is not None and self.monitor.running:
            text = self.tr("Say something: the bar should move.")
        else:
            text = self.tr("The microphone could not be started. Close other apps using it.")
        self.mic_status.setText(text)

    def _update_speaker_status(self) -> None:
        if self._speakers is None:
            text = ""
        elif not self._speakers:
            text = self.tr("No speakers found. Connect speakers or headphones.")
            self.play_button.setEnabled(False)
        elif self.sound is not None and self.sound.played:
            text = self.tr("Did you hear a chime? If not, turn up the volume and play it again.")
            self.play_button.setEnabled(True)
        else:
            text = self.tr("Press the button: you should hear a short chime.")
            self.play_button.setEnabled(True)
        self.speaker_status.setText(text)

    def _update_progress(self) -> None:
        self.progress.setMaximum(len(self.only or CHECK_IDS))
        done = len(self.rows) if self.running else self.progress.maximum()
        self.progress.setValue(done)
        if self.running:
            text = self.tr("Checking your PC… %n of %1 done.", "", done).replace(
                "%1", str(self.progress.maximum())
            )
        elif self.report is None:
            text = ""
        else:
            text = self.tr("The check is finished.")
        self.progress_label.setText(text)
        self.progress.setVisible(self.running)

    def _update_summary(self) -> None:
        if self.report is None:
            self.summary.setText("")
            return
        overall = self.report.overall
        if overall == Status.FAIL:
            text = self.tr("Some things must be fixed before your session. See the steps below.")
        elif overall == Status.WARN:
            text = self.tr("Your PC can be used, but some things need attention.")
        else:
            text = self.tr("Your PC is ready for the session.")
        self.summary.setText(text)

    def _retranslate_results(self) -> None:
        """Results carry texts from the engine: re-judge the bundle in the new language."""
        if self.bundle is None or self.report is None or self.running:
            return
        from hwclient.checks.engine import evaluate_bundle

        if self.policy is None:
            return
        report = evaluate_bundle(
            self.bundle,
            self.policy,
            now=self.report.started_at,
            only=[r.id for r in self.report.results],
            language=self.ctx.language,
        )
        self._show_report(report)
        for row in self.rows.values():  # status words are the row's own texts
            row.retranslate()

    # -- lifecycle ---------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        self._return_to = arg if isinstance(arg, str) else None
        await self.start_media()
        if self.report is None or arg is not None:
            self.start_check()

    def on_leave(self) -> None:
        self._shown = False
        if self.camera is not None:
            self.camera.stop()
        if self.monitor is not None:
            self.monitor.stop()

    async def start_media(self) -> None:
        """Camera picture and microphone bar, after the OS allowed them."""
        self._shown = True
        devices, camera_view, monitor, sound = await self._load_media()
        if not self._shown:  # left while Qt Multimedia was loading: start nothing
            return
        from hwclient.ui.widgets import permissions
        from hwclient.ui.widgets.media import preferred

        self._microphones = devices.microphones()
        self._speakers = devices.speakers()
        camera = preferred(devices.cameras())
        allowed = camera is None or await permissions.ensure("camera", self)
        camera_view.start(camera, allowed)
        microphone = preferred(self._microphones)
        self.meter.reset()
        if microphone is not None and await permissions.ensure("microphone", self):
            monitor.start(microphone)
        self._update_mic_status()
        sound.set_device(preferred(self._speakers))
        self._update_speaker_status()

    async def _load_media(self) -> tuple[DeviceLister, CameraPreview, MicrophoneMonitor, TestSound]:
        """Import Qt Multimedia in a worker thread, then build its widgets once.

        Imported on the UI thread it froze the window for a long moment just as
        the page appeared; now the page is drawn first and the picture follows.
        """
        if any(name not in sys.modules for name in MEDIA_MODULES):
            await asyncio.to_thread(_prepare_media)
        if self.camera is None or self.monitor is None or self.sound is None:
            from hwclient.ui.widgets.camera_preview import CameraPreview
            from hwclient.ui.widgets.microphone import MicrophoneMonitor
            from hwclient.ui.widgets.sound import TestSound

            self.camera = CameraPreview()
            self.camera_slot.layout().addWidget(self.camera)
            self.monitor = MicrophoneMonitor(self)
            self.monitor.levelChanged.connect(self.meter.set_level)
            self.monitor.failed.connect(lambda _why: self._update_mic_status())
            self.sound = TestSound(self)
            self.sound.finished.connect(self._update_speaker_status)
            await asyncio.sleep(0)  # Qt's media back end started: draw before listing devices
        return self._devices(), self.camera, self.monitor, self.sound

    def _devices(self) -> DeviceLister:
        if self.devices is None:
            from hwclient.ui.widgets.media import QtDevices

            self.devices = QtDevices()
        return self.devices

    @property
    def running(self) -> bool:
        return self._checking

    def start_check(self) -> None:
        if self.running:
            return
        self._checking = True
        self._run_task = self.ctx.run(self._check())

    async def _check(self) -> None:
        self._clear_results()
        self.report = None
        self.rerun_button.setEnabled(False)
        self._checking = True
        self._update_summary()
        self._update_progress()
        try:
            report, bundle = await self.runner(self._on_result)
        finally:
            self._checking = False
            self.rerun_button.setEnabled(True)
        self.bundle = bundle
        self._show_report(report)
        self._remember(report)
        await self._send(report)

    def _on_result(self, result: CheckResult) -> None:
        self._add_row(result)
        self._update_progress()

    def _show_report(self, report: Report) -> None:
        self.report = report
        for result in report.results:
            row = self.rows.get(result.id)
            if row is None:
                self._add_row(result)
            elif row.result != result:  # unchanged rows keep their laid-out texts
                row.set_result(result)
        self._sort_rows()
        self._update_progress()
        self._update_summary()

    def _add_row(self, result: CheckResult) -> None:
        row = self.rows.get(result.id)
        if row is not None:
            row.set_result(result)
            return
        row = StatusRow(result)
        row.openRequested.connect(open_uri)
        self.rows[result.id] = row
        self.results_box.addWidget(row)
        row.show()  # at once, not on the layout's queued show: progress is visible live
        self._update_tab_order(list(self.rows.values()))

    def _sort_rows(self) -> None:
        """Problems first: the person reads what to fix before what is fine."""
        order = {Status.FAIL: 0, Status.WARN: 1, Status.UNKNOWN: 2, Status.PASS: 3}
        rows = sorted(
            self.rows.values(),
            key=lambda r: (order[r.result.status], CHECK_IDS.index(r.result.id)),
        )
        for index, row in enumerate(rows):
            self.results_box.insertWidget(index, row)
        self._update_tab_order(rows)

    def _update_tab_order(self, rows: list[StatusRow]) -> None:
        """Rows are built after the bottom buttons; Tab should still go top to bottom."""
        chain: list[QWidget] = [self.play_button]
        for row in rows:
            chain += [row.settings_button, row.link_button]
        chain += [self.rerun_button, self.continue_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _clear_results(self) -> None:
        for row in self.rows.values():
            row.setParent(None)
            row.deleteLater()
        self.rows.clear()
        self._sent = False
        self._update_sent_label()

    # -- engine and server ----------------------------------------------------
    async def _run_engine(self, progress: Progress) -> tuple[Report, RawBundle]:
        await preload_engine()  # ~30 modules: imported off the UI thread on the first check
        from hwclient.checks.engine import run_checks

        return await run_checks(
            self._fetch_policy(),  # fetched while the probes already run
            only=self.only,
            progress=progress,
            server_url=self.ctx.api.base_url,
            camera_probe=self._camera_probe,
            media_devices=self._media_lister,
            language=self.ctx.language,
        )

    async def _fetch_policy(self) -> Policy:
        """The server's policy through the app's own client (its connection and TLS
        context are already set up), else the bundled copy; kept for re-judging."""
        from hwclient.checks.policy import fetch_policy

        self.policy = await fetch_policy(self._server_policy)
        return self.policy

    async def _server_policy(self) -> ClientPolicy:
        return await asyncio.wait_for(self.ctx.api.client_policy(), POLICY_WAIT_S)

    def _media_lister(self) -> dict[str, Any]:
        """The engine judges the same devices the person sees on this page."""

        def described(devices: list[Device]) -> list[dict[str, Any]]:
            return [{"description": d.name, "default": d.is_default} for d in devices]

        devices = self._devices()
        return {
            "video_inputs": described(devices.cameras()),
            "audio_inputs": described(devices.microphones()),
            "audio_outputs": described(devices.speakers()),
        }

    async def _camera_probe(self) -> RawOutput:
        """Read the preview instead of opening the camera twice (a second open says "busy")."""
        return RawOutput("camera.open", "python", value=await self._preview_facts())

    async def _camera_settled(self, camera: CameraPreview) -> None:
        """Wait (a few seconds at most) until the preview shows a picture or an error."""
        from hwclient.ui.widgets.camera_preview import CameraState

        if camera.state != CameraState.STARTING:
            return
        settled = asyncio.Event()

        def changed(_state: str) -> None:
            settled.set()

        camera.stateChanged.connect(changed)
        try:
            await asyncio.wait_for(settled.wait(), CAMERA_WAIT_S)
        except TimeoutError:
            log.info("camera gave no picture within %s s", CAMERA_WAIT_S)
        finally:
            camera.stateChanged.disconnect(changed)

    async def _preview_facts(self) -> dict[str, Any]:
        camera = self.camera
        if camera is None:  # the page was never shown, so there is no picture to read
            return {"tried": False, "reason": "preview-not-started"}
        from hwclient.checks.probes.media import classify_camera_error
        from hwclient.ui.widgets.camera_preview import CameraState

        await self._camera_settled(camera)
        state = camera.state
        if state == CameraState.NO_CAMERA:
            return {"tried": False, "reason": "no-camera"}
        permission = "denied" if state == CameraState.DENIED else "granted"
        error = None
        if state == CameraState.DENIED:
            error = "permission"
        elif state == CameraState.UNAVAILABLE:
            text = camera.error_text
            error = classify_camera_error(text) if text else "busy"
        return {
            "tried": True,
            "opened": state == CameraState.LIVE,
            "frames": camera.frames,
            "error": error,
            "error_text": camera.error_text[:200],
            "permission": permission,
        }

    def _remember(self, report: Report) -> None:
        self.ctx.last_check = report

    async def _send(self, report: Report) -> None:
        api = self.ctx.api
        if not api.signed_in:
            return
        try:  # only a per-server pseudonym of the device id leaves this PC
            device = self.ctx.settings.device_id_hash(api.base_url)
            await api.send_environment_report(report.to_json(), device_id=device)
        except Exception as exc:
            log.info("could not send the check report: %s", type(exc).__name__)
            return
        self._sent = True
        self._update_sent_label()

    def _update_sent_label(self) -> None:
        self.sent_label.setText(
            self.tr("The result was sent to your Hello Work office.") if self._sent else ""
        )

    # -- actions ----------------------------------------------------------------
    def _play_sound(self) -> None:
        if self.sound is not None:
            self.sound.play()
        self._update_speaker_status()

    def _continue(self) -> None:
        if self._return_to:
            self.navigate.emit(self._return_to, None)
        elif self.ctx.api.signed_in:
            self.navigate.emit("home", None)
        else:
            self.navigate.emit("terms", None)


def _prepare_media() -> None:
    """Worker thread: Qt Multimedia's libraries (FFmpeg...), then the page's media modules."""
    from hwclient.ui.widgets.media_libraries import library_paths, load_libraries

    load_libraries(library_paths())
    import_all(MEDIA_MODULES)


def open_uri(uri: str) -> None:
    """Hand a settings page (ms-settings:, x-apple.systempreferences:) or web page to the OS."""
    QDesktopServices.openUrl(QUrl(uri))

pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia
import Kiosk
import Kiosk.Backend

// A video in the viewer: its poster with a play mark until played, then the film with its
// controls and subtitles in the visitor's language. It pauses when its page or screen is
// not shown, stops when the visit ends, and keeps the visit from timing out while it plays.
// A file that will not play says so; the kiosk carries on.
Item {
    id: video

    property string slug: ""
    property string path: ""
    property string poster: ""
    property string alt: ""
    property real seconds: 0  // the archive's figure, until the player has its own
    property real aspect: 16 / 9  // of the poster, and so of the film
    property bool shown: true
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property bool ended: player.mediaStatus === MediaPlayer.EndOfMedia
    readonly property bool failed: path === "" || player.error !== MediaPlayer.NoError
                                   || player.mediaStatus === MediaPlayer.InvalidMedia
    readonly property bool holdsSwipe: controls.seeking
    readonly property string cue: subtitles.text
    property bool begun: false

    function toggle() {
        if (failed)
            return;
        if (playing) {
            player.pause();
            return;
        }
        if (ended)
            player.position = 0;
        Audio.stop();  // one sound at a time: a concert excerpt gives way to the film
        player.play();
    }

    // The frame at `ms`, paused (kiosk snapshot's picture of a film being watched).
    function still(ms: real) {
        begun = true;
        player.position = ms;
        player.pause();
    }

    Subtitles {
        id: subtitles
        objectName: "videoCues"
        video: video.slug
        language: Visit.language
    }

    // Python hears of the position only when the text may change, not at every frame; and
    // once the cues are in, where the film stands (it may have moved while they were read).
    Connections {
        target: player
        function onPositionChanged() {
            if (player.position < subtitles.position || player.position >= subtitles.until)
                subtitles.position = player.position;
        }
    }
    Connections {
        target: subtitles
        function onChanged() {
            if (subtitles.loaded)
                subtitles.position = player.position;
        }
    }

    Accessible.role: Accessible.Animation
    Accessible.name: alt

    onPlayingChanged: {
        if (playing)
            begun = true;
        Idle.keepAwake(playing);
    }
    onShownChanged: if (!shown)
        player.pause()
    onVisibleChanged: if (!visible)
        player.pause()
    Component.onDestruction: if (playing)
        Idle.keepAwake(false)

    Connections {
        target: Visit
        function onEnded() {
            player.stop();
        }
    }

    MediaPlayer {
        id: player
        source: video.path !== "" ? "file://" + video.path : ""
        videoOutput: output
        audioOutput: AudioOutput {}
        onErrorOccurred: (error, message) => console.warn("video", video.path, "will not play:",
                                                          message)
    }

    Item {
        id: screen
        anchors.top: parent.top
        anchors.bottom: controls.top
        anchors.bottomMargin: Theme.gap / 2
        width: parent.width

        Image {
            objectName: "videoPoster"
            anchors.fill: parent
            // Always beneath the film: Qt Quick's software renderer (snapshots, machines
            // without OpenGL) cannot draw video, and shows the poster under the subtitles.
            opacity: video.failed ? 0.35 : 1
            source: video.poster !== "" ? "file://" + video.poster : ""
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            sourceSize.width: Math.ceil(width)
            sourceSize.height: Math.ceil(height)
        }
        VideoOutput {
            id: output
            objectName: "videoOutput"
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectFit
            visible: video.begun && !video.failed
        }
        TapHandler {
            // The film's picture (named for screen readers above) plays and pauses it.
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: video.toggle()
        }
        PlayMark {
            objectName: "videoPlayMark"
            anchors.centerIn: parent
            visible: !video.playing && !video.ended && !video.failed
            size: 140 * Theme.unit
            seconds: video.begun ? 0 : video.seconds
        }
        KioskButton {
            objectName: "videoReplay"
            anchors.centerIn: parent
            visible: video.ended
            prominent: true
            iconName: "replay"
            text: qsTr("Play again")
            onTapped: video.toggle()
        }
        Rectangle {
            objectName: "videoError"
            anchors.centerIn: parent
            visible: video.failed
            width: Math.min(parent.width - 2 * Theme.gap, problem.implicitWidth + 2 * Theme.gap)
            height: problem.implicitHeight + Theme.gap
            radius: Theme.radius
            color: Theme.scrim

            Text {
                id: problem
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.gap)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("This video cannot be played.")
                color: Theme.text
                font.family: Theme.bodyFont
                font.pixelSize: Theme.bodySize
            }
        }
        Rectangle {
            // Under the picture where the letterbox leaves room (portrait), else over its foot.
            readonly property real frameHeight: Math.min(screen.height, screen.width / video.aspect)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.min((screen.height + frameHeight + Theme.gap) / 2,
                        screen.height - height - Theme.gap)
            visible: subtitle.text !== "" && !video.ended
            width: subtitle.implicitWidth + Theme.gap
            height: subtitle.implicitHeight + Theme.gap / 2
            radius: Theme.radius
            color: Theme.subtitleBackground

            Text {
                id: subtitle
                objectName: "videoSubtitle"
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                anchors.centerIn: parent
                width: Math.min(implicitWidth, screen.width - 4 * Theme.gap)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: video.playing || video.begun ? video.cue : ""
                color: Theme.subtitleText
                font.family: Theme.bodyFont
                font.pixelSize: Theme.leadSize
            }
        }
    }

    VideoControls {
        id: controls
        anchors.bottom: parent.bottom
        width: parent.width
        visible: !video.failed
        position: player.position
        duration: player.duration > 0 ? player.duration : video.seconds * 1000
        playing: video.playing
        onToggled: video.toggle()
        onSeek: ms => {
            video.begun = true;
            player.position = ms;
        }
    }
}

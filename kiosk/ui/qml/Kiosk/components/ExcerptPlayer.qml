import QtQuick
import QtMultimedia
import Kiosk
import Kiosk.Backend

// The concert excerpts' one player. Made by QML, never by Python (see kiosk/ui/audio.py):
// Audio asks it to play or stop and hears back the start, the end or the failure; the
// position goes to ExcerptProgress, in QML only. With no sound device it plays nothing and
// says so, rather than run a silent progress bar.
Item {
    MediaDevices {
        id: devices
    }
    MediaPlayer {
        id: player
        objectName: "excerptPlayer"
        audioOutput: AudioOutput {}
        onPlaybackStateChanged: {
            if (playbackState === MediaPlayer.PlayingState)
                Audio.started();
        }
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia)
                Audio.finish();
            else if (mediaStatus === MediaPlayer.InvalidMedia)
                Audio.fail(player.errorString || "not a playable file");
        }
        onErrorOccurred: (error, message) => Audio.fail(message)
    }

    Binding {
        target: ExcerptProgress
        property: "position"
        value: player.position
    }
    Binding {
        target: ExcerptProgress
        property: "duration"
        value: player.duration
    }

    Connections {
        target: Audio
        function onPlayRequested(path: string) {
            player.stop();
            if (devices.audioOutputs.length === 0) {
                Audio.noSoundDevice();
                return;
            }
            player.source = "file://" + path;
            player.play();
        }
        function onStopRequested() {
            player.stop();
            player.source = "";
        }
    }
}
